// A JShell notebook over the library. From the project root, after `mvn -B -q package -DskipTests`:
//   jshell --class-path examples/target/ntm.jar examples/notebook.jsh
import java.nio.file.*;
import java.util.*;
import vn.ntm.core.catalog.*;
import vn.ntm.core.engine.*;
import vn.ntm.core.input.*;
import vn.ntm.core.json.*;
import vn.ntm.core.report.*;

var evaluator = Evaluator.create();
var minhTien = NtmJson.readAssessment(Files.readAllBytes(Path.of("examples/huu-lung/minh-tien.json")), "minh-tien.json", evaluator.definitions());
var result = evaluator.evaluate(minhTien);
System.out.println(result.achievedCount() + "/" + result.criteriaCount() + " " + result.achievedCodes());

// What if the commune brought 2.2 (village roads) down to 79 %?
var changed = Assessment.builder().commune(minhTien.commune()).criteriaSet(minhTien.criteriaSet()).assessedOn(minhTien.assessedOn());
minhTien.indicators().forEach((k, v) -> { if (v instanceof Boolean b) changed.value(k, b); else if (v instanceof Number n) changed.value(k, n); });
changed.value("17.1", Map.of("overall", 91.2, "centralized", 12)).value("2.2", 79);
var whatIf = evaluator.evaluate(changed.build());
System.out.println("2.2 → " + whatIf.indicator("2.2").status() + ", criterion 2 → " + whatIf.criterion("2").status() + ", gap " + whatIf.indicator("2.2").gap());
/exit
