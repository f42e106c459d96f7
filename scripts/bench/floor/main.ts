/**
 * The benchmark's floor: React, ReactDOM and the STS client with the two commands the console's
 * first screen needs, rendering the smallest usable web identity form. Same Vite config, same CSP
 * and Trusted Types policy as the console; no styles, no validation, no wallet.
 */
/// <reference types="vite/client" />
import { installTrustedTypesPolicy } from '../../../src/app/trusted-types.ts';
import { createRoot } from 'react-dom/client';
import { createElement } from 'react';
import { FloorApp } from './floor-app.ts';

installTrustedTypesPolicy();
const root = document.getElementById('root');
if (root) createRoot(root).render(createElement(FloorApp));
