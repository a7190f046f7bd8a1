// A library entry point is required by the SPFx build; the web part is the product.
export {};
