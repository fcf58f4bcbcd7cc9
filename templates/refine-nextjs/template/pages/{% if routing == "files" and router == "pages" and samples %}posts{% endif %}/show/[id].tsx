import { PostShow } from "@/resources/posts/show";
import { loadPostShow } from "@/server/loaders";
import { protectedPage } from "@/server/protect";

export default PostShow;

export const getServerSideProps = protectedPage(({ params }) => loadPostShow(String(params?.id)));
