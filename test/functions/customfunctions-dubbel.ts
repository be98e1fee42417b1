// A test double of Excel's CustomFunctions global for jest, where no Office runtime exists.
// It mirrors the real API (@types/custom-functions-runtime): an Error class with `code` and an
// optional `message`, and the ErrorCode enum with Excel's error strings. Stricter than Excel in one
// place: a message with a code that cannot show one (all but #VALUE! and #N/A; Excel drops it)
// is a TypeError, so no test can assert a message a user never sees. Import it first in every
// test of src/functions: `import "./customfunctions-dubbel";`.

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionsError {
  constructor(
    public code: string,
    public message?: string,
  ) {
    if (!Object.values(ErrorCode).includes(code as (typeof ErrorCode)[keyof typeof ErrorCode])) {
      throw new TypeError(`onbekende foutcode ${code}`);
    }
    if (message !== undefined && code !== ErrorCode.invalidValue && code !== ErrorCode.notAvailable) {
      throw new TypeError(`Excel toont bij ${code} geen eigen melding (${message})`);
    }
  }
}

Object.assign(globalThis, {
  CustomFunctions: {
    Error: CustomFunctionsError,
    ErrorCode,
    associate: () => undefined,
  },
});

/** The Excel error a call throws, as `{ code, message }`; fails the test when it returns instead. */
export function excelFout(aanroep: () => unknown): { code: string; message: string | undefined } {
  try {
    const uitkomst = aanroep();
    throw new Error(`verwacht een Excel-fout, kreeg ${JSON.stringify(uitkomst)}`);
  } catch (e) {
    if (e instanceof CustomFunctionsError) return { code: e.code, message: e.message };
    throw e;
  }
}

export { CustomFunctionsError };

/**
 * An omitted optional argument as Excel passes it: null. Typed `never` so it fits parameters whose
 * TypeScript type is a range (`unknown[][]`), which the metadata needs for their dimensionality.
 */
export const weggelaten = null as never;
