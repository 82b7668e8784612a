using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using EcsForge.Routing;

namespace EcsForge.Host.Serve.Config;

/// <summary>Reads a <c>serve</c> config file and checks it, reporting every problem with its JSON path.</summary>
public static class ServeConfigLoader
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelled option must be an error, not a silently applied default.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Relative sink paths in the file are taken from the file's own directory.</summary>
    public static ServeSettings? TryLoad(string path, IntakeRouter router, out IReadOnlyList<string> errors)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors = [e.Message];
            return null;
        }

        return TryParse(json, Path.GetDirectoryName(Path.GetFullPath(path))!, router, out errors);
    }

    public static ServeSettings? TryParse(string json, string baseDirectory, IntakeRouter router, out IReadOnlyList<string> errors)
    {
        ServeConfigFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ServeConfigFile>(json, s_options);
        }
        catch (JsonException e)
        {
            errors = ["invalid config: " + e.Message];
            return null;
        }

        if (file is null)
        {
            errors = ["invalid config: the document is null"];
            return null;
        }

        var resolver = new ConfigResolver(router, baseDirectory);
        var settings = resolver.Resolve(file);
        errors = resolver.Errors;
        return errors.Count == 0 ? settings : null;
    }
}
