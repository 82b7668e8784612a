using System;

namespace EcsForge.Host;

internal static class Usage
{
    public const string Text = """
        Usage:
          ecsforge parse --format <slug|uuid> [FILE] [--dead-letter PATH] [--threads N]
              Parse raw events, one per line, from FILE (stdin when FILE is absent or '-') and write one
              ECS JSON object per line to stdout. Failed events go to the dead-letter file as NDJSON
              (default: dead-letter.ndjson, created only when an event fails). A summary goes to stderr.
              One core by default; --threads N parses on N workers, with reading and writing overlapped on
              threads of their own (so --threads 1 uses a second core for I/O), and keeps the input order.

          ecsforge conformance DIR
              Run every conformance case under DIR (laid out as <Module>/<format>/tests/*.json, with the
              format's uuid and slug in <Module>/<format>/_meta/manifest.yml) and print a diff per failure.

          ecsforge fields <slug|uuid>
              Print the fields the format extracts (name, type, description) as a Markdown table.

          ecsforge formats [--json]
              List the intake formats compiled in (slug, uuid, name, input kind), as a Markdown table or JSON.

          ecsforge import DIR [--out DIR]
              Translate every catalogue format under DIR (<Vendor>/<format>/ingest/parser.yml with
              _meta/manifest.yml and _meta/fields.yml) into a dataset class, to stdout or one file per class
              in --out. What has no faithful translation is marked '// not translated' and listed on stderr.

          ecsforge catalogue DIR [--only Vendor/format]... [--report PATH]
              Import every format under DIR, compile them in memory with the generator and run their
              tests/*.json cases: one PASS|FAIL line per format, then the format and case tallies; --report
              writes a Markdown summary (rates per input kind, missing constructs).

          ecsforge serve --config PATH [--workers N]
              Run the ingestion host described by the JSON config at PATH (see host/serve.example.json):
              POST /plain/batch (Logpush-compatible, intake key in the X-SEKOIAIO-INTAKE-KEY header or the
              header_X-SEKOIAIO-INTAKE-KEY query parameter), syslog over TCP, GET /health and GET /metrics.
              Logs go to stderr. SIGTERM or SIGINT stops accepting, drains what was accepted, then exits 0.

          ecsforge --help

        Exit codes: 0 success, 1 I/O error (for serve: a sink or address that cannot be opened) or failing
        conformance case, 2 usage error, unknown format or invalid serve config.
        """;

    public static int Show()
    {
        Console.Out.WriteLine(Text);
        return ExitCodes.Success;
    }

    /// <summary>Reports a usage error on stderr, followed by the usage text.</summary>
    public static int Error(string message)
    {
        Console.Error.WriteLine("ecsforge: " + message);
        Console.Error.WriteLine();
        Console.Error.WriteLine(Text);
        return ExitCodes.Usage;
    }

    public static bool IsHelp(string arg) => arg is "--help" or "-h";
}
