package hearth.workspace;

import hearth.security.CurrentUser;
import hearth.security.Permission;
import hearth.security.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/drafts")
@Tag(name = "Drafts", description = "Typed work kept as the user types")
class DraftsApi {

    private final Drafts drafts;

    DraftsApi(Drafts drafts) {
        this.drafts = drafts;
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresPermission(Permission.USE_HEARTH)
    @Operation(summary = "Save the signed-in user's draft of a form (a JSON object of field values)")
    ResponseEntity<Void> save(@RequestParam String key, @RequestBody String content) {
        String json = content.strip();
        if (key.isBlank() || key.length() > 200 || !json.startsWith("{") || !json.endsWith("}")
                || json.length() > Drafts.MAX_CONTENT) {
            throw new IllegalArgumentException("A draft is a JSON object of at most 200,000 characters with a key");
        }
        drafts.save(CurrentUser.username(), key, json);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @RequiresPermission(Permission.USE_HEARTH)
    @Operation(summary = "The signed-in user's draft of a form, if any")
    ResponseEntity<String> find(@RequestParam String key) {
        return drafts.find(CurrentUser.username(), key)
                .map(d -> ResponseEntity.ok("{\"savedAt\":\"" + d.savedAt() + "\",\"content\":" + d.json() + "}"))
                .orElse(ResponseEntity.noContent().build());
    }
}
