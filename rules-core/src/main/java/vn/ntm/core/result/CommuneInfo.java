package vn.ntm.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import vn.ntm.core.catalog.Region;
import vn.ntm.core.input.CommuneCategory;

@JsonPropertyOrder({"code", "name", "region", "thresholdRegion", "district", "province", "categories"})
public record CommuneInfo(String code, String name, Region region, Region thresholdRegion,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String district,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String province,
                          List<CommuneCategory> categories) {
}
