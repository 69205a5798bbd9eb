package vn.ntm.service;

/** SIGTERM and SIGINT handlers, so that a stop requested by the system ends with exit code 0. */
final class Signals {
    private Signals() { }

    @SuppressWarnings("restriction")
    static void onTermination(Runnable action) {
        for (String name : new String[] {"TERM", "INT"}) {
            sun.misc.Signal.handle(new sun.misc.Signal(name), s -> action.run());
        }
    }
}
