package io.github.regexguard.bench;

import java.util.List;

/** The REST endpoints every generated controller has; they delegate to the module's service. */
final class ControllerEndpoints {

    private static final String ANNOTATIONS = "org.springframework.web.bind.annotation.";

    private ControllerEndpoints() {
    }

    /** @param tokens the controller's template tokens ({@code noun}, {@code slug}) */
    static List<Member> all(String... tokens) {
        return List.of(
                Member.of(Template.fill("""
                        @GetMapping("/{id}")
                        public ResponseEntity<Map<String, Object>> get(@PathVariable("id") String id) {
                            Map<String, Object> body = service.describe(id);
                            return body.isEmpty() ? ResponseEntity.notFound().build() : ResponseEntity.ok(body);
                        }""", tokens), ANNOTATIONS + "GetMapping", ANNOTATIONS + "PathVariable",
                        "org.springframework.http.ResponseEntity", "java.util.Map"),
                Member.of(Template.fill("""
                        @GetMapping
                        public List<Map<String, Object>> list(@RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "20") int size) {
                            if (size < 1 || size > 200) {
                                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "size must be between 1 and 200");
                            }
                            return service.list(page, size);
                        }""", tokens), ANNOTATIONS + "GetMapping", ANNOTATIONS + "RequestParam",
                        "org.springframework.http.HttpStatus", "org.springframework.web.server.ResponseStatusException",
                        "java.util.List", "java.util.Map"),
                Member.of(Template.fill("""
                        @PostMapping
                        public ResponseEntity<Void> create(@RequestBody Map<String, Object> request) {
                            String id = service.create(request);
                            LOG.info("created {{noun}} {}", id);
                            return ResponseEntity.created(URI.create("/api/{{slug}}/{{noun}}s/" + id)).build();
                        }""", tokens), ANNOTATIONS + "PostMapping", ANNOTATIONS + "RequestBody",
                        "org.springframework.http.ResponseEntity", "java.net.URI", "java.util.Map"),
                Member.of(Template.fill("""
                        @DeleteMapping("/{id}")
                        @ResponseStatus(HttpStatus.NO_CONTENT)
                        public void delete(@PathVariable("id") String id) {
                            service.delete(id);
                        }""", tokens), ANNOTATIONS + "DeleteMapping", ANNOTATIONS + "ResponseStatus",
                        ANNOTATIONS + "PathVariable", "org.springframework.http.HttpStatus"));
    }
}
