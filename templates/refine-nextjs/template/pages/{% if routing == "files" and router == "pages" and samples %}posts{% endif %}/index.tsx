import { PostList } from "@/resources/posts/list";
import { loadPostList } from "@/server/loaders";
import { protectedPage } from "@/server/protect";

export default PostList;

export const getServerSideProps = protectedPage(({ resolvedUrl }) => loadPostList(resolvedUrl));
