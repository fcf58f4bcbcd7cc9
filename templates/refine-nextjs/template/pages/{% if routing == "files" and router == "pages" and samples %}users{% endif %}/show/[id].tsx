import { UserShow } from "@/resources/users/show";
import { loadUserShow } from "@/server/loaders";
import { protectedPage } from "@/server/protect";

export default UserShow;

export const getServerSideProps = protectedPage(({ params }) => loadUserShow(String(params?.id)));
