using System.Diagnostics;

namespace Dashboard.Tests.Support;

/// <summary>
/// The command-line generator run as its own process, with its own working folder and environment:
/// for what depends on the current folder or the home folder, which a test must never change in the
/// test process (tests run in parallel).
/// </summary>
public static class CliProcess
{
    /// <summary>The generator as built beside the tests.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Dashboard.Cli.dll");

    public static (int Code, string Out, string Err) Run(string workingFolder, params string[] args) => Run(workingFolder, null, args);

    public static (int Code, string Out, string Err) Run(string workingFolder, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(workingFolder, environment, args);
        return Wait(process);
    }

    /// <summary>Starts the generator without waiting, so several can run at once.</summary>
    public static Process Start(string workingFolder, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.ArgumentList.Add("exec");
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("SOURCE_DATE_EPOCH");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) psi.Environment[name] = value;
        return Process.Start(psi)!;
    }

    public static (int Code, string Out, string Err) Wait(Process process)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(300_000), "the generator did not finish in 5 minutes");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
