import { PostCreate } from "@/resources/posts/create";
import { protectedPage } from "@/server/protect";

export default PostCreate;

export const getServerSideProps = protectedPage();
