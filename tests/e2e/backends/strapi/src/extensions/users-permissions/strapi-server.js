// The app's users pages show firstName, lastName and birthday: add them to the
// users-permissions User (what the generated README tells users to do in the admin).
module.exports = (plugin) => {
  Object.assign(plugin.contentTypes.user.schema.attributes, {
    firstName: { type: "string" },
    lastName: { type: "string" },
    birthday: { type: "date" },
  });
  return plugin;
};
