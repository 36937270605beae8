package org.symbolon.server.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** One in-process run of the command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream originalIn = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            Cli.Result result = Cli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new CliRun(result.exitCode(), out.toString(), err.toString());
        } finally {
            System.setIn(originalIn);
        }
    }
}
