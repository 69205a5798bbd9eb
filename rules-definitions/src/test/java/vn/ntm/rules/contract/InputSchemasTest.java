package vn.ntm.rules.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ntm.core.json.NtmJson;

/** The overlay schema accepts the overlays the library loads and refuses what the loader refuses by shape. */
class InputSchemasTest {
    private static JsonNode yaml(String resource) throws Exception {
        try (InputStream in = InputSchemasTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new YAMLMapper().readTree(in);
        }
    }

    @Test
    void overlaysValidate() throws Exception {
        for (String f : List.of("overlays/lang-son-tightens.yaml", "overlays/lowers-provisional.yaml", "overlays/loosens-verified.yaml")) {
            assertEquals(List.of(), NtmJson.validate(NtmJson.OVERLAY_SCHEMA, yaml(f)), f);
        }
    }

    @Test
    void anOverlayWithoutCitationOrWithAnUnknownFieldIsRefused() throws Exception {
        ObjectNode o = (ObjectNode) yaml("overlays/lang-son-tightens.yaml");
        ((ObjectNode) o.get("thresholds").get(0)).remove("citation");
        o.put("colour", "red");
        var errors = NtmJson.validate(NtmJson.OVERLAY_SCHEMA, o);
        assertFalse(errors.isEmpty());
        assertEquals(List.of("/", "/thresholds/0"), errors.stream().map(e -> e.pointer().isEmpty() ? "/" : e.pointer()).sorted().toList());
    }
}
