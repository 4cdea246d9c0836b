export {};
//# sourceMappingURL=effect.js.map