export {};
//# sourceMappingURL=container.js.map