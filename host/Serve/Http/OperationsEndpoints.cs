using System.Threading.Tasks;
using EcsForge.Host.Serve.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace EcsForge.Host.Serve.Http;

/// <summary><c>/health</c> for load balancers and <c>/metrics</c> for Prometheus.</summary>
internal static class OperationsEndpoints
{
    public static void Map(WebApplication app, ServeMetrics metrics)
    {
        app.MapGet("/health", context => JsonResponse.WriteAsync(context, StatusCodes.Status200OK, json => json.WriteString("status", "ok")));
        app.MapGet("/metrics", context => WriteMetricsAsync(context, metrics));
    }

    private static async Task WriteMetricsAsync(HttpContext context, ServeMetrics metrics)
    {
        context.Response.ContentType = PrometheusText.ContentType;
        await context.Response.WriteAsync(PrometheusText.Render(metrics), context.RequestAborted).ConfigureAwait(false);
    }
}
