package vn.ntm.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Recognition, as the law module's recognition rules decide it. {@code decidable} is false while a needed fact is missing; then
 * {@code eligible} is false too and the blockers say what is missing.
 */
public record Recognition(boolean eligible, boolean decidable, List<Blocker> blockers,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ParameterUse> parameters) {
}
