/** The add-in's version, from package.json (the bundler keeps only this one value of the file). */
import pkg from "../../package.json";

export const VERSION: string = pkg.version;
