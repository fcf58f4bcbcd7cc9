import { PostEdit } from "@/resources/posts/edit";
import { protectedPage } from "@/server/protect";

export default PostEdit;

export const getServerSideProps = protectedPage();
