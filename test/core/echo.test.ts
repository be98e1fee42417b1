// Echoed cell text: control characters and escape sequences out, long text cut (issue 10).
import { ECHO_MAX, knip, schoneTekst, veiligeTekst, zonderStuurtekens } from "../../src/core/echo";

describe("veiligeTekst", () => {
  it("verwijdert escapereeksen van terminals en stuurtekens, houdt de tekst", () => {
    expect(veiligeTekst("\u001b[31mWSX\u001b[0m")).toBe("WSX");
    expect(veiligeTekst("\u001b[1;31;48;5;196mrood")).toBe("rood");
    expect(veiligeTekst("\u001b]0;nieuwe titel\u0007kantoor")).toBe("kantoor");
    expect(veiligeTekst("\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\")).toBe("link");
    expect(veiligeTekst("\u001bcwis")).toBe("wis");
    expect(veiligeTekst("\u009b2Jleeg")).toBe("leeg");
    expect(veiligeTekst("bel\u0007 back\u0008space\u007f nul\u0000")).toBe("bel backspace nul");
    expect(veiligeTekst("tab\there\r\nen\u2028regel")).toBe("tab here en regel");
  });

  it("verwijdert bidi-overschrijvingen en tekens zonder breedte die veranderen wat een lezer ziet", () => {
    expect(veiligeTekst("abc\u202edef\u202c")).toBe("abcdef");
    expect(veiligeTekst("a\u200bb\u2066c\u2069\ufeff")).toBe("abc");
  });

  it("voegt witruimte samen, knipt de randen af en laat gewone tekst (accenten, emoji) met rust", () => {
    expect(veiligeTekst("  Hénnie   Bøerrigter  ")).toBe("Hénnie Bøerrigter");
    expect(veiligeTekst("ca. 0,5")).toBe("ca. 0,5");
    expect(veiligeTekst("😀 ok")).toBe("😀 ok");
    expect(veiligeTekst("")).toBe("");
    expect(veiligeTekst("\u001b[0m \u0007 ")).toBe("");
  });

  it(`knipt af op ${ECHO_MAX} tekens met "…", zonder een surrogaatpaar te splitsen`, () => {
    const lang = "a".repeat(200);
    expect(veiligeTekst(lang)).toBe("a".repeat(ECHO_MAX - 1) + "…");
    expect(Array.from(veiligeTekst(lang))).toHaveLength(ECHO_MAX);
    expect(veiligeTekst("a".repeat(ECHO_MAX))).toBe("a".repeat(ECHO_MAX));
    const emoji = "😀".repeat(100);
    const uit = veiligeTekst(emoji);
    expect(Array.from(uit)).toHaveLength(ECHO_MAX);
    expect(uit.endsWith("😀…")).toBe(true);
    expect(veiligeTekst("abcdef", 4)).toBe("abc…");
  });

  it("leest een cel van 1.000.000 tekens maar zo ver als hij haar toont", () => {
    const cel = "b".repeat(1_000_000) + "\u001b[31m";
    expect(veiligeTekst(cel)).toBe("b".repeat(ECHO_MAX - 1) + "…");
    expect(schoneTekst(cel, 10)).toEqual({ tekst: "b".repeat(10), afgekapt: true });
    // Control characters before the text do not count towards the cut.
    expect(veiligeTekst("\u0007".repeat(1_000_000) + "WSX")).toBe("WSX");
  });

  it("knip markeert een inkorting ook als het behouden deel kort is", () => {
    expect(knip("abc", 80, true)).toBe("abc…");
    expect(knip("abc")).toBe("abc");
  });
});

describe("zonderStuurtekens", () => {
  it("geeft schone berichten ongewijzigd terug (opvulling inbegrepen) en maakt de andere schoon", () => {
    const regel = "  FOUT         Betaalbatch!D9     REGELING_ONBEKEND: Regeling 'WSX' is onbekend (rij 9).";
    expect(zonderStuurtekens(regel)).toBe(regel);
    expect(zonderStuurtekens("Regeling '\u001b[31mWSX' is onbekend")).toBe("Regeling 'WSX' is onbekend");
    expect(zonderStuurtekens("x".repeat(5000))).toHaveLength(2000);
  });
});
