package io.adsync.web.console;

import org.springframework.web.bind.annotation.GetMapping;

/** The console opens on the reports. */
@ConsoleController
public class HomeController {

    @GetMapping("/")
    public String home() {
        return "redirect:/reports";
    }
}
