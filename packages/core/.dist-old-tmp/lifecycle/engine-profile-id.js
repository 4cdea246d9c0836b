export {};
//# sourceMappingURL=engine-profile-id.js.map