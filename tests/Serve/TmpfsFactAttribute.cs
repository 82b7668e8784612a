using System;
using System.IO;
using Xunit;

namespace EcsForge.Tests.Serve;

/// <summary>A fact that mounts a small tmpfs (a disk that really fills up); reported skipped, never passed, where mounting is not permitted.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    private static readonly Lazy<bool> s_canMount = new(TryMountOnce);

    public TmpfsFactAttribute()
    {
        if (!s_canMount.Value)
        {
            Skip = "mounting a tmpfs is not permitted here (needs root and CAP_SYS_ADMIN)";
        }
    }

    private static bool TryMountOnce()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return false;
        }

        var directory = Path.Combine(Path.GetTempPath(), "ecsforge-tmpfs-probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var disk = SinkAtomicityTests.SmallDisk.TryMount(directory, sizeKiB: 64);
            return disk is not null;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
