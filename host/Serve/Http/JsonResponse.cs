using System;
using System.Buffers;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace EcsForge.Host.Serve.Http;

/// <summary>Small JSON bodies for the intake's answers.</summary>
internal static class JsonResponse
{
    public static async Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> writeProperties)
    {
        var body = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartObject();
            writeProperties(json);
            json.WriteEndObject();
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.WrittenCount;
        await context.Response.Body.WriteAsync(body.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    public static Task WriteErrorAsync(HttpContext context, int status, string reason)
        => WriteAsync(context, status, json => json.WriteString("error", reason));
}
