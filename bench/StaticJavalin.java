import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The framework's ceiling: Javalin 7 on Jetty 12 (the emulator's own stack, from its jar) answering
 * GET and POST /v1/customers... with a stored body and nothing else, as WireMock's stub does. What the
 * emulator does on top (authentication, throttle, faults, replay memory, the store, JSON) shows as
 * the distance between the two. Run by bench/run.sh:
 * {@code java -cp target/partner-sandbox-emulator.jar bench/StaticJavalin.java PORT BODY_FILE}
 */
public class StaticJavalin {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        CompressionStrategy gzip = new CompressionStrategy(null, new Gzip()); // as the emulator (EmulatorServer.compression)
        List<String> allowed = new ArrayList<>(gzip.getAllowedMimeTypes());
        allowed.add("application/json");
        gzip.setAllowedMimeTypes(allowed);
        Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.responseBufferSize = 2048; // as the emulator: a ceiling on the same framework settings
            cfg.http.compressionStrategy = gzip;
            cfg.routes.get("/v1/customers/{customerId}", ctx -> ctx.contentType("application/json").result(body));
            cfg.routes.post("/v1/customers", ctx -> ctx.status(201).contentType("application/json").result(body));
        }).start("127.0.0.1", port);
    }
}
