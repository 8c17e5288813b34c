"""Telling a network folder from a local disk.

SQLite's locking is unreliable over SMB and NFS; a database there corrupts
when two PCs write. Such paths are refused and the user is sent to the
PostgreSQL mode instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Linux file systems that live on another machine.
_NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smbfs", "smb3", "ncpfs", "afs", "9p", "ceph", "glusterfs",
    "fuse.sshfs", "fuse.glusterfs", "fuse.rclone", "davfs", "fuse.davfs2",
})

_DRIVE_REMOTE = 4  # GetDriveTypeW


def is_unc_path(text: str) -> bool:
    """\\\\server\\share\\... and //server/share/..., but not the \\\\?\\C:\\ long-path form."""
    if text.startswith(("\\\\?\\", "//?/", "\\\\.\\")):
        return text[4:].upper().startswith("UNC\\")
    return text.startswith(("\\\\", "//"))


def _windows_drive_is_remote(path: Path) -> bool:
    import ctypes

    drive = os.path.splitdrive(str(path))[0]
    if not drive:
        return False
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == _DRIVE_REMOTE


def _mount_fs_type(path: Path, mounts_file: str = "/proc/mounts") -> str | None:
    """The file system type of the longest mount point containing ``path``."""
    try:
        with open(mounts_file, encoding="utf-8") as f:
            entries = [line.split()[1:3] for line in f if line.strip()]
    except OSError:
        return None
    best, best_type = "", None
    target = str(path)
    for mount_point, fs_type in entries:
        mount_point = mount_point.replace("\\040", " ")
        prefix = mount_point.rstrip("/") + "/"
        if (target == mount_point or target.startswith(prefix)) and len(mount_point) > len(best):
            best, best_type = mount_point, fs_type
    return best_type


def is_network_path(text: str, mounts_file: str = "/proc/mounts") -> bool:
    if is_unc_path(text):
        return True
    # realpath follows the symlinks that exist and keeps the rest: the file may not exist yet.
    path = Path(os.path.realpath(Path(text).expanduser()))
    if sys.platform == "win32":
        return is_unc_path(str(path)) or _windows_drive_is_remote(path)
    fs_type = _mount_fs_type(path, mounts_file)
    return fs_type is not None and fs_type in _NETWORK_FS_TYPES
