package com.ixsweep.app;

import java.util.List;

/**
 * The GUI's command-line options: {@code --api URL} (overrides the setting), {@code --demo} (start in demo mode),
 * {@code --smoke-test} (show the window, wait for the first frame, exit 0).
 */
public record StartOptions(String apiUrl, boolean demo, boolean smokeTest) {

    public static StartOptions parse(List<String> args) {
        String api = null;
        boolean demo = false;
        boolean smoke = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--api") && i + 1 < args.size()) {
                api = args.get(++i);
            } else if (a.startsWith("--api=")) {
                api = a.substring("--api=".length());
            } else if (a.equals("--demo")) {
                demo = true;
            } else if (a.equals("--smoke-test")) {
                smoke = true;
            }
        }
        return new StartOptions(api, demo, smoke);
    }
}
