package io.leadbridge.app.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/**
 * A console page refused for bad input or a missing record shows the status and what was wrong, in the layout. It
 * comes before the application-wide problem-details handler, which answers the {@code /api} controllers in JSON.
 */
@ControllerAdvice(basePackageClasses = ConsoleProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleProblems {

    @ExceptionHandler(ResponseStatusException.class)
    String problem(ResponseStatusException problem, HttpServletResponse response, Model model) {
        response.setStatus(problem.getStatusCode().value());
        model.addAttribute("status", problem.getStatusCode().value());
        model.addAttribute("reason", problem.getReason());
        return "problem";
    }
}
