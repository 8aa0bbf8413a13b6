import io.javalin.Javalin;

/**
 * The yardstick of bench/read.sh: a bare Javalin 6 "hello" route, started like Synedrio's server (the launcher's
 * JVM options, the same Jetty thread pool defaults), answering 200 with a few bytes of text.
 *
 *   java -cp "bootstrap/target/lib/*" bench/Hello.java PORT
 */
public class Hello {
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.useVirtualThreads = false;
        });
        app.get("/hello", ctx -> ctx.result("hello"));
        app.start("127.0.0.1", port);
        System.out.println("listening on http://127.0.0.1:" + port);
    }
}
