import { About } from "@/resources/about";
import { protectedPage } from "@/server/protect";

export default About;

// No data to load; with a login, the server still checks the session first.
export const getServerSideProps = protectedPage();
