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
        app.MapGet("/health", context => WriteHealthAsync(context, metrics.Health));
        app.MapGet("/metrics", context => WriteMetricsAsync(context, metrics));
    }

    /// <summary>503 while any component is unhealthy, so a load balancer stops sending; the body says which and why.</summary>
    private static Task WriteHealthAsync(HttpContext context, ServeHealth health)
    {
        var problems = health.Problems();
        return JsonResponse.WriteAsync(context, problems.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable, json =>
        {
            json.WriteString("status", problems.Count == 0 ? "ok" : "unhealthy");
            if (problems.Count > 0)
            {
                json.WriteStartObject("problems");
                foreach (var (component, problem) in problems)
                {
                    json.WriteString(component, problem);
                }

                json.WriteEndObject();
            }
        });
    }

    private static async Task WriteMetricsAsync(HttpContext context, ServeMetrics metrics)
    {
        context.Response.ContentType = PrometheusText.ContentType;
        await context.Response.WriteAsync(PrometheusText.Render(metrics), context.RequestAborted).ConfigureAwait(false);
    }
}
