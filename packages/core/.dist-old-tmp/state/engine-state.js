export {};
//# sourceMappingURL=engine-state.js.map