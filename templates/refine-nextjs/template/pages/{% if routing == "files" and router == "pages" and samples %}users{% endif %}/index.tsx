import { UserList } from "@/resources/users/list";
import { loadUserList } from "@/server/loaders";
import { protectedPage } from "@/server/protect";

export default UserList;

export const getServerSideProps = protectedPage(({ resolvedUrl }) => loadUserList(resolvedUrl));
