import { afstemming } from "../../src/checks/rules/afstemming";
import { AFSTEMMING_NAMESPACE, afstemmingToXml } from "../../src/nota/afstemming";
import { letterSnapshot, notaSnapshot, textsOf } from "../helpers/snapshots";
import { ruleTester } from "../helpers/rule-tester";

const LETTER = letterSnapshot({ 2: ["Vrouwelijke studenten voelen zich minder veilig."] });

ruleTester(afstemming, {
  valid: [
    { name: "known directorates", nota: notaSnapshot({ intern: "MBO, FEZ" }) },
    { name: "PD&R from the example is known", nota: notaSnapshot({ intern: "DE, OVO, PD&R" }) },
    { name: "with status and date", nota: notaSnapshot({ intern: "DE (akkoord, 20 november 2024), WJZ" }) },
    { name: "emancipation passages and DE consulted", nota: notaSnapshot({ intern: "DE" }), letter: LETTER },
    {
      name: "no afstemming at all and nothing on emancipation",
      nota: notaSnapshot({ intern: null, extern: null }),
    },
    {
      name: "external parties are free text",
      nota: notaSnapshot({ extern: "Ministerie van SZW, Stichting X" }),
    },
  ],
  invalid: [
    {
      name: "an unknown abbreviation is a warning (the list is open)",
      nota: notaSnapshot({ intern: "MBO, XYZ" }),
      findings: [{ messageId: "unknownDirectorate", paragraph: 5, message: /XYZ/ }],
    },
    {
      name: "a directorate twice",
      nota: notaSnapshot({ intern: "MBO, FEZ, mbo" }),
      findings: [{ messageId: "duplicate", message: /mbo/ }],
    },
    {
      name: "an external party twice",
      nota: notaSnapshot({ extern: "MBO Raad; MBO Raad" }),
      findings: [{ messageId: "duplicate" }],
    },
    {
      name: "the letter touches emancipation but DE was not consulted",
      nota: notaSnapshot({ intern: "MBO" }),
      letter: LETTER,
      findings: [
        {
          messageId: "emancipationDirectorate",
          suggestions: [
            {
              messageId: "addDirectorate",
              edit: { kind: "setField", field: "intern-afgestemd", value: "MBO, DE" },
              output: textsOf(notaSnapshot({ intern: "MBO, DE" })),
            },
          ],
        },
      ],
    },
    {
      name: "the structured record wins over the text",
      nota: notaSnapshot(
        { intern: "MBO" },
        {
          customXmlParts: [
            {
              namespace: AFSTEMMING_NAMESPACE,
              xml: afstemmingToXml({ internal: [{ name: "MBO" }, { name: "QQQ" }], external: [] }),
            },
          ],
        },
      ),
      findings: [{ messageId: "unknownDirectorate", message: /QQQ/ }],
    },
  ],
});
