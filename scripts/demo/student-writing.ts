/* What the demo's students write in their conference docs: a purpose, a question, an artifact and their plan. */

export interface StudentWriting {
  /** One of the template's purposes, as its checklist item reads. */
  readonly purpose: string;
  readonly question: string;
  /** Artifact (link), Subject, Shows I am succeeding with…, Still challenged by…, In the future I will… */
  readonly artifact: readonly [string, string, string, string, string];
  readonly goal: string;
  readonly nextSteps: readonly string[];
  readonly teacherSupport: string;
}

const WRITING: readonly StudentWriting[] = [
  {
    purpose: "Goals and progress",
    question: "How can I get my math grade from a B to an A?",
    artifact: [
      "https://drive.example.test/fractions-project",
      "Math",
      "explaining my steps",
      "word problems",
      "check my answers with an estimate",
    ],
    goal: "Raise my math quiz average to 85% by the end of January.",
    nextSteps: [
      "Do ten practice problems every Monday and Wednesday",
      "Go to the Tuesday help session",
    ],
    teacherSupport: "My math teacher will check my practice sheet each Friday.",
  },
  {
    purpose: "Feedback on a piece of work",
    question: "Is my narrative essay's ending strong enough?",
    artifact: [
      "https://drive.example.test/personal-narrative",
      "English",
      "writing a vivid opening",
      "organizing paragraphs",
      "plan my paragraphs before I write",
    ],
    goal: "Turn in every English draft on time and revise each one once before the final copy.",
    nextSteps: ["Use a planner for due dates", "Read my draft aloud before handing it in"],
    teacherSupport: "My English teacher will give me feedback on one draft a week.",
  },
  {
    purpose: "Sharing my portfolio",
    question: "Which of my science labs shows my best thinking?",
    artifact: [
      "https://drive.example.test/ecosystem-lab",
      "Science",
      "recording data neatly",
      "writing conclusions",
      "explain why my results happened",
    ],
    goal: "Finish every science lab write-up within a week of the lab.",
    nextSteps: [
      "Start the write-up the same day as the lab",
      "Ask my lab partner to read my conclusion",
    ],
    teacherSupport: "My science teacher will share an example of a strong conclusion.",
  },
  {
    purpose: "1:1 coaching",
    question: "¿Cómo puedo hablar más en la clase de español?",
    artifact: [
      "https://drive.example.test/mi-familia-presentación",
      "Spanish",
      "pronunciation",
      "the past tense (el pretérito)",
      "speak up at least once every class",
    ],
    goal: "Speak Spanish in class every day and learn ten new words (palabras) each week.",
    nextSteps: [
      "Practice with a vocabulary app for 10 minutes a day",
      "Make flash cards for the pretérito",
    ],
    teacherSupport:
      "My Spanish teacher will call on me once a class and correct my accents (á, é, ñ).",
  },
  {
    purpose: "Goals and progress",
    question: "How can I stay organized when several projects are due the same week?",
    artifact: [
      "https://drive.example.test/silk-road-research",
      "Social Studies",
      "finding good sources",
      "citing my sources",
      "start big projects two weeks early",
    ],
    goal: "Keep all my homework in one planner and miss no deadlines this term.",
    nextSteps: [
      "Write every assignment in my planner before leaving class",
      "Check it with my advisor on Fridays",
    ],
    teacherSupport: "My advisor will check my planner with me every Friday.",
  },
];

export function writingFor(n: number): StudentWriting {
  return WRITING[n % WRITING.length]!;
}
