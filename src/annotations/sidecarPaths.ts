/** Where the sidecar of an article lives: beside it, or in a mirror folder of the workspace. */
import * as path from 'node:path';

/** What a sidecar's file name adds to its article's file name. */
export const SIDECAR_SUFFIX = '.annotations.json';

/** Where sidecars go. Without `mirrorFolder`, beside their article. */
export interface SidecarPlacement {
	/** Folder that mirrors the workspace's folder tree, absolute or relative to `workspaceRoot`. */
	mirrorFolder?: string;
	/** Root the mirror folder mirrors; required with `mirrorFolder`. */
	workspaceRoot?: string;
}

/** True for a file name or path that names a sidecar. */
export function isSidecarPath(file: string): boolean {
	return file.endsWith(SIDECAR_SUFFIX);
}

/**
 * The sidecar path of an article: `<article file name>.annotations.json` beside it, or at the article's
 * place relative to the workspace root inside the mirror folder. An article outside the workspace root
 * keeps its sidecar beside it.
 */
export function sidecarPathFor(articlePath: string, placement: SidecarPlacement = {}): string {
	const mirror = mirrorRoot(placement);
	if (mirror && placement.workspaceRoot) {
		const relative = path.relative(placement.workspaceRoot, articlePath);
		if (isInside(relative)) return path.join(mirror, relative + SIDECAR_SUFFIX);
	}
	return articlePath + SIDECAR_SUFFIX;
}

/** The article path a sidecar path belongs to (the inverse of `sidecarPathFor`), or undefined for other files. */
export function articlePathFor(sidecarPath: string, placement: SidecarPlacement = {}): string | undefined {
	if (!isSidecarPath(sidecarPath)) return undefined;
	const withoutSuffix = sidecarPath.slice(0, -SIDECAR_SUFFIX.length);
	const mirror = mirrorRoot(placement);
	if (mirror && placement.workspaceRoot) {
		const relative = path.relative(mirror, withoutSuffix);
		if (isInside(relative)) return path.join(placement.workspaceRoot, relative);
	}
	return withoutSuffix;
}

function mirrorRoot({ mirrorFolder, workspaceRoot }: SidecarPlacement): string | undefined {
	if (!mirrorFolder || !workspaceRoot) return undefined;
	return path.resolve(workspaceRoot, mirrorFolder);
}

function isInside(relative: string): boolean {
	return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
