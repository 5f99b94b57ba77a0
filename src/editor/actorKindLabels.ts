import * as vscode from 'vscode';
import type { ActorKind } from '../analysis';

/** The actor kind in the analyst's words, singular: "person", "organisation", "place". */
export function actorKindLabel(kind: ActorKind): string {
	switch (kind) {
		case 'person':
			return vscode.l10n.t('person');
		case 'organization':
			return vscode.l10n.t('organisation');
		case 'place':
			return vscode.l10n.t('place');
	}
}

/** The heading of a group of actors of one kind: "People", "Organisations", "Places". */
export function actorKindGroupLabel(kind: ActorKind): string {
	switch (kind) {
		case 'person':
			return vscode.l10n.t('People');
		case 'organization':
			return vscode.l10n.t('Organisations');
		case 'place':
			return vscode.l10n.t('Places');
	}
}
