package vn.ntm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.ntm.core.json.NtmJson;

/**
 * Every exit code the README lists, each produced for real: 0 done, 2 some input invalid (each bad file gets its own
 * ntm-error/1 in its place, the others their results, the array stays well-formed), 1 the tool's own fault, 64 a
 * usage error.
 */
class ExitCodesTest {
    private static final Path EXAMPLE = Path.of("huu-lung");

    private static String minhTien() throws Exception { return Files.readString(EXAMPLE.resolve("minh-tien.json")); }

    private static JsonNode json(CliRun r) throws Exception { return NtmJson.mapper().readTree(r.out()); }

    @Test
    void zeroWhenEveryFileIsEvaluated() {
        assertEquals(0, CliRun.run("evaluate", EXAMPLE.resolve("minh-tien.json").toString()).code());
    }

    @Test
    void aPoisonedFileGetsItsOwnErrorInItsPlaceAndTheOthersTheirResults(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), minhTien());
        Files.writeString(dir.resolve("b.json"), minhTien().replace("\"3.1\": 83.5", "\"3.1\": 1e999999999"));
        Files.writeString(dir.resolve("c.json"), Files.readString(EXAMPLE.resolve("quyet-thang.json")));
        Files.writeString(dir.resolve("d.json"), minhTien().replace("\"10\": 38.5", "\"10\": 1e-999999999"));
        CliRun r = CliRun.run("evaluate", "--format", "json", dir.toString());
        assertEquals(2, r.code(), r.err());
        JsonNode a = json(r);
        assertEquals(4, a.size());
        assertEquals("ntm-result/1", a.get(0).get("format").asText());
        assertEquals("ntm-error/1", a.get(1).get("format").asText());
        assertEquals("indicators.3.1", a.get(1).at("/errors/0/path").asText());
        assertEquals("HL-QT", a.get(2).at("/commune/code").asText());
        assertEquals("indicators.10", a.get(3).at("/errors/0/path").asText());
        assertTrue(r.err().contains("b.json"), r.err());
    }

    @Test
    void aPathThatIsNotARegularFileGetsItsOwnError() throws Exception {
        CliRun r = CliRun.run("evaluate", "--format", "json", EXAMPLE.resolve("minh-tien.json").toString(), "/dev/null");
        assertEquals(2, r.code(), r.err());
        JsonNode a = json(r);
        assertEquals(2, a.size());
        assertEquals("ntm-result/1", a.get(0).get("format").asText());
        assertEquals("ntm-error/1", a.get(1).get("format").asText());
        assertEquals("/dev/null", a.get(1).get("source").asText());
        assertEquals("(file)", a.at("/1/errors/0/path").asText());
    }

    @Test
    void aMissingFileGetsItsOwnErrorAndTheRestIsEvaluated(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("nowhere.json");
        CliRun r = CliRun.run("evaluate", "--format", "json", missing.toString(), EXAMPLE.resolve("minh-tien.json").toString());
        assertEquals(2, r.code(), r.err());
        JsonNode a = json(r);
        assertEquals(missing.toString(), a.get(0).get("source").asText());
        assertEquals("ntm-result/1", a.get(1).get("format").asText());
        CliRun text = CliRun.run("evaluate", missing.toString());
        assertEquals(2, text.code());
        assertTrue(text.err().contains(missing.toString()), text.err());
    }

    @Test
    void aFolderWithoutAssessmentsIsAnInputError(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.run("evaluate", "--format", "json", dir.toString());
        assertEquals(2, r.code(), r.err());
        JsonNode d = json(r);
        assertEquals("ntm-error/1", d.get("format").asText());
        assertEquals(dir.toString(), d.get("source").asText());
        assertEquals(2, CliRun.run("district-report", dir.toString()).code());
    }

    @Test
    void sixtyFourForUsageErrors() {
        for (String[] args : new String[][] {
                {"evaluate", "--bogus", "x.json"},
                {"evaluate"},
                {"evaluate", "--format", "xml", "huu-lung"},
                {"district-report"},
                {"district-report", "--as-of", "27/9/2024", "huu-lung"},
                {"no-such-command"},
                {}}) {
            CliRun r = CliRun.run(args);
            assertEquals(64, r.code(), String.join(" ", args) + "\n" + r.err());
            assertTrue(r.err().contains("Usage") || r.err().contains("usage"), r.err());
        }
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override public Integer call() { throw new IllegalStateException("a defect of the tool itself"); }
    }

    @Test
    void oneForTheToolsOwnFault() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = NtmCommand.commandLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        cl.addSubcommand("boom", new Boom());
        assertEquals(1, cl.execute("boom"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("a defect of the tool itself"));
    }

    @Test
    void theReadmeListsEveryExitCode() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int at = readme.indexOf("## Exit codes");
        assertTrue(at >= 0, "README has an Exit codes section");
        String section = readme.substring(at, readme.indexOf("\n## ", at + 5) < 0 ? readme.length() : readme.indexOf("\n## ", at + 5));
        for (String code : new String[] {"| 0 |", "| 1 |", "| 2 |", "| 64 |"}) assertTrue(section.contains(code), code + " in\n" + section);
    }
}
