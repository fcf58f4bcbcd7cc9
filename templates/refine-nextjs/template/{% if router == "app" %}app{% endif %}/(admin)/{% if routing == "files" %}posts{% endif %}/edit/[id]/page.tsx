import { PostEdit } from "@/resources/posts/edit";

export default PostEdit;
