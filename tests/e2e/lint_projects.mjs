// Lints generated projects in ONE Node process, each one exactly as its own `npm run lint`
// (`eslint . --max-warnings 0` in the project's folder) does: ESLint's cwd is the project,
// so it reads that project's eslint.config.mjs, and the rules that look at the cwd (Next.js's
// pages folder) see what they would there. What one process saves is loading ESLint and the
// Next.js config's plugins again for every project: half of a sweep's lint time.
//
// Usage: node lint_projects.mjs PROJECT... (the projects share one node_modules above them).
// Prints each failing project's report; exits 1 if any project has an error or a warning.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const projects = process.argv.slice(2).map((project) => path.resolve(project));
if (projects.length === 0) {
  console.error("usage: node lint_projects.mjs PROJECT...");
  process.exit(2);
}
// The projects' own ESLint (the tests' folder has no node_modules).
const eslintEntry = createRequire(path.join(projects[0], "package.json")).resolve("eslint");
const { ESLint } = await import(pathToFileURL(eslintEntry).href);

let failed = 0;
for (const project of projects) {
  const eslint = new ESLint({ cwd: project });
  const results = await eslint.lintFiles(["."]);
  const problems = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
  if (problems > 0) {
    failed += 1;
    const formatter = await eslint.loadFormatter("stylish");
    console.log(`${project}: ${problems} problem(s)\n${await formatter.format(results)}`);
  }
}
console.log(`linted ${projects.length} project(s), ${failed} with problems`);
process.exit(failed > 0 ? 1 : 0);
