/* A student's family: one to three guardians with names, external email addresses, languages and relationships. */
import type { AddressBook } from "./emails";
import type { DemoGuardian } from "./model";
import type { Deck, Prng } from "./prng";

export const GUARDIAN_DOMAINS = ["gmail.test", "outlook.test", "yahoo.test", "icloud.test"];

/** English most common, then the languages of the school's families. */
export const FAMILY_LANGUAGES: readonly (readonly [string, number])[] = [
  ["en", 50],
  ["es", 18],
  ["zh-CN", 7],
  ["vi", 7],
  ["pt-BR", 6],
  ["ar", 6],
  ["fr", 6],
];

const HOUSEHOLDS: readonly (readonly [readonly string[], number])[] = [
  [["Mother"], 12],
  [["Father"], 6],
  [["Grandmother"], 4],
  [["Guardian"], 3],
  [["Aunt"], 2],
  [["Mother", "Father"], 40],
  [["Father", "Mother"], 8],
  [["Mother", "Stepfather"], 6],
  [["Father", "Stepmother"], 4],
  [["Mother", "Mother"], 3],
  [["Father", "Father"], 2],
  [["Grandmother", "Grandfather"], 3],
  [["Mother", "Father", "Grandmother"], 5],
  [["Mother", "Father", "Stepmother"], 2],
  [["Father", "Grandmother", "Uncle"], 2],
];

const FEMININE = /mother|grandmother|aunt|sister/i;
const MASCULINE = /father|grandfather|uncle|brother/i;

export interface FamilyContext {
  readonly rng: Prng;
  readonly addresses: AddressBook;
  readonly familyNames: Deck<readonly [string, string]>;
  readonly feminineNames: Deck<string>;
  readonly masculineNames: Deck<string>;
}

function givenNameFor(context: FamilyContext, relationship: string): string {
  const feminine = FEMININE.test(relationship)
    ? true
    : MASCULINE.test(relationship)
      ? false
      : context.rng.chance(0.5);
  return (feminine ? context.feminineNames : context.masculineNames).draw();
}

/** The family's home language: often the one its name suggests, English most of the time otherwise. */
function homeLanguage(rng: Prng, nameLanguage: string): string {
  if (nameLanguage !== "en" && rng.chance(0.7)) return nameLanguage;
  return rng.weighted(FAMILY_LANGUAGES);
}

function guardianEmail(context: FamilyContext, given: string, family: string): string {
  const { rng, addresses } = context;
  const domain = rng.pick(GUARDIAN_DOMAINS);
  const separator = rng.weighted<string>([
    [".", 6],
    ["_", 2],
    ["", 2],
  ]);
  return addresses.personal(given, family, domain, separator);
}

export function makeGuardians(
  context: FamilyContext,
  studentId: string,
  family: readonly [string, string],
): DemoGuardian[] {
  const { rng } = context;
  const [studentFamilyName, nameLanguage] = family;
  const language = homeLanguage(rng, nameLanguage);
  const relationships = rng.weighted(HOUSEHOLDS);
  return relationships.map((relationship, index) => {
    const givenName = givenNameFor(context, relationship);
    const familyName = rng.chance(0.75) ? studentFamilyName : context.familyNames.draw()[0];
    return {
      id: `g-${studentId}-${index + 1}`,
      givenName,
      familyName,
      name: `${givenName} ${familyName}`,
      email: guardianEmail(context, givenName, familyName),
      language: index === 0 || rng.chance(0.8) ? language : "en",
      relationship,
      studentId,
    };
  });
}
