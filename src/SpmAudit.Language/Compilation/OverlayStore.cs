namespace SpmAudit.Language.Compilation;

/// <summary>
/// Another store with one more file held in memory (a profile generated for a test case's
/// parameters), shown in diagnostics under the name of the file it was written from.
/// </summary>
public sealed class OverlayStore(ISourceStore inner, string virtualPath, byte[] bytes, string display) : ISourceStore
{
    public string FullPath(string path) => inner.FullPath(path);

    public string? Parent(string fullPath) => inner.Parent(fullPath);

    public string Combine(string folder, string relative) => inner.Combine(folder, relative);

    public string Relative(string folder, string fullPath) => inner.Relative(folder, fullPath);

    public bool IsInside(string fullPath, string folder) => inner.IsInside(fullPath, folder);

    public bool IsFile(string fullPath) => fullPath == virtualPath || inner.IsFile(fullPath);

    public bool IsFolder(string fullPath) => inner.IsFolder(fullPath);

    public byte[] Read(string fullPath) => fullPath == virtualPath ? bytes : inner.Read(fullPath);

    public bool IsInsideRoot(string fullPath, string root) => fullPath == virtualPath ? inner.IsInside(fullPath, root) : inner.IsInsideRoot(fullPath, root);

    public string Display(string fullPath) => fullPath == virtualPath ? display : inner.Display(fullPath);
}
