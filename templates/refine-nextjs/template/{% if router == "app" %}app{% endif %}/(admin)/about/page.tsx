import { About } from "@/resources/about";

export default About;
