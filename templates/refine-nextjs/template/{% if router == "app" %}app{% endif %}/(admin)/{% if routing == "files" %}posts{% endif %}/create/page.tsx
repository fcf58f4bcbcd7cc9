import { PostCreate } from "@/resources/posts/create";

export default PostCreate;
