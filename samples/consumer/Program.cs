using System;
using System.Buffers;
using System.Text;
using EcsForge.Routing;

namespace EcsForge.Consumer;

/// <summary>Parses one raw event with the project's own dataset, found in its generated registry.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var line = args.Length > 0
            ? args[0]
            : """{"ts":"2026-03-01 09:15:00","client":"203.0.113.10","login":"jdoe","app_host":"portal.acme.example.com","result":"denied","session":"s-42"}""";

        // IntakeFormatRegistry is generated for this assembly: every [IntakeFormat] class it compiles.
        var router = new IntakeRouter(IntakeFormatRegistry.All);
        var output = new ArrayBufferWriter<byte>();
        var result = router.Parse("acme-web-logins", Encoding.UTF8.GetBytes(line), output);
        if (!result.Success)
        {
            Console.Error.WriteLine($"failed: {result.Reason}");
            return 1;
        }

        Console.WriteLine(Encoding.UTF8.GetString(output.WrittenSpan));
        return 0;
    }
}
