import { nietOpenbaarGrounds } from "../../src/checks/rules/niet-openbaar-grounds";
import { notaSnapshot } from "../helpers/snapshots";
import { ruleTester } from "../helpers/rule-tester";

const withBlock = (...lines: string[]) => notaSnapshot({ blocks: { "niet-openbaar": lines } });

ruleTester(nietOpenbaarGrounds, {
  valid: [
    { name: "N.v.t.", nota: withBlock("N.v.t.") },
    { name: "nvt without dots", nota: withBlock("nvt") },
    { name: "a Woo ground code", nota: withBlock("Namen van ambtenaren worden weggelakt (5.1.2e).") },
    {
      name: "a ground written as 'sub'",
      nota: withBlock("Passages worden weggelakt op basis van artikel 5.1.2 sub i."),
    },
    {
      name: "a motivation without a code",
      nota: withBlock("Persoonsgegevens van medewerkers worden niet openbaar gemaakt."),
    },
    {
      name: "the block missing is another rule's business",
      nota: notaSnapshot({ blocks: { "niet-openbaar": null } }),
    },
    { name: "an empty block is another rule's business", nota: withBlock() },
  ],
  invalid: [
    {
      name: "says what but not why",
      nota: withBlock("De bijlage wordt niet openbaar gemaakt."),
      findings: [{ messageId: "noGround", block: "niet-openbaar" }],
    },
    {
      name: "a code that is no Woo ground",
      nota: withBlock("Namen worden weggelakt (5.1.3)."),
      findings: [{ messageId: "unknownGround", message: /5\.1\.3/ }, { messageId: "noGround" }],
    },
  ],
});
