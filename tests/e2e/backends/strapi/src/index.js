// Seeds a fresh database from the template's mock/seed.json (SEED_FILE) and grants the
// content API to one role (FIXTURE_ROLE: "public" when the app signs in on its own,
// "authenticated" when it signs in with users-permissions and forwards the user's JWT; then
// Public may only read categories).
// Every seeded user can sign in with FIXTURE_PASSWORD.
const fs = require("node:fs");

const ACTIONS = [
  "api::post.post.find",
  "api::post.post.findOne",
  "api::post.post.create",
  "api::post.post.update",
  "api::post.post.delete",
  "api::category.category.find",
  "api::category.category.findOne",
  "api::category.category.create",
  "api::category.category.update",
  "api::category.category.delete",
  "plugin::users-permissions.user.find",
  "plugin::users-permissions.user.findOne",
  "plugin::users-permissions.user.me",
  "plugin::users-permissions.role.find",
];

/** What the Public role may do when the app signs in with Strapi (FIXTURE_ROLE=authenticated). */
const PUBLIC_WITH_SIGN_IN = ["api::category.category.find", "api::category.category.findOne"];

module.exports = {
  register() {},

  async bootstrap({ strapi }) {
    if ((await strapi.db.query("api::category.category").count()) > 0) return;
    const seed = JSON.parse(fs.readFileSync(process.env.SEED_FILE, "utf8"));

    for (const { id, title, description } of seed.categories) {
      await strapi.db.query("api::category.category").create({ data: { id, title, description } });
    }
    for (const { id, title, content, status, categoryId, createdAt } of seed.posts) {
      await strapi.db
        .query("api::post.post")
        .create({ data: { id, title, content, status, createdAt, updatedAt: createdAt, category: categoryId } });
    }

    const roles = strapi.db.query("plugin::users-permissions.role");
    const authenticated = await roles.findOne({ where: { type: "authenticated" } });
    const granted = await roles.findOne({ where: { type: process.env.FIXTURE_ROLE || "authenticated" } });
    for (const { email, firstName, lastName, birthday } of seed.users) {
      await strapi.plugin("users-permissions").service("user").add({
        username: email,
        email,
        password: process.env.FIXTURE_PASSWORD,
        provider: "local",
        confirmed: true,
        blocked: false,
        role: authenticated.id,
        firstName,
        lastName,
        birthday,
      });
    }
    const permissions = strapi.db.query("plugin::users-permissions.permission");
    for (const action of ACTIONS) await permissions.create({ data: { action, role: granted.id } });
    if (granted.type === "authenticated") {
      // The app's statically generated category page loads without a user (its README says
      // to grant these two to Public); nothing else is public.
      const open = await roles.findOne({ where: { type: "public" } });
      for (const action of PUBLIC_WITH_SIGN_IN) await permissions.create({ data: { action, role: open.id } });
    }
  },
};
