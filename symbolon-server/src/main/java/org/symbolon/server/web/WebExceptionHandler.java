package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.symbolon.core.text.InputProblem;

/** A safety net for the pages: a value that slipped past a form's own checks is a 400, never a 500. */
@ControllerAdvice(basePackageClasses = WebExceptionHandler.class)
class WebExceptionHandler {

    @ExceptionHandler(InputProblem.class)
    ModelAndView badInput(InputProblem problem, HttpServletResponse response) {
        ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        return page;
    }
}
