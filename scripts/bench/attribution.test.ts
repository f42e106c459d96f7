import { describe, expect, it } from 'vitest';
import { attributeGzipBytes, moduleGroup } from './attribution.ts';

const root = '/work/app';

describe('moduleGroup', () => {
  it('names the package, scoped or not, from the innermost node_modules', () => {
    expect(moduleGroup('/work/app/node_modules/react-dom/cjs/react-dom.production.js', root)).toBe(
      'react-dom',
    );
    expect(
      moduleGroup('/work/app/node_modules/@aws-sdk/client-sts/dist-es/index.js?commonjs', root),
    ).toBe('@aws-sdk/client-sts');
    expect(
      moduleGroup('/work/app/node_modules/@smithy/core/node_modules/@smithy/uuid/index.js', root),
    ).toBe('@smithy/uuid');
  });

  it('groups console sources by their first folders', () => {
    expect(moduleGroup('/work/app/src/lib/sts/schemas.ts', root)).toBe('src/lib/sts');
    expect(moduleGroup('/work/app/src/app/main.tsx', root)).toBe('src/app');
    expect(moduleGroup('/work/app/src/features/wallet/x/y.tsx', root)).toBe('src/features/wallet');
    expect(moduleGroup('/work/app/index.html', root)).toBe('index.html');
  });

  it('calls virtual and outside modules runtime', () => {
    expect(moduleGroup('\0vite/preload-helper.js', root)).toBe('runtime');
  });
});

describe('attributeGzipBytes', () => {
  it('splits a file’s gzip bytes by rendered length and sums across files', () => {
    const chunks = [
      {
        fileName: 'assets/index.js',
        modules: [
          { id: '/work/app/node_modules/react-dom/index.js', weight: 300 },
          { id: '/work/app/src/app/main.tsx', weight: 100 },
        ],
      },
      {
        fileName: 'assets/page.js',
        modules: [{ id: '/work/app/src/app/page.tsx', weight: 50 }],
      },
      { fileName: 'assets/lazy.js', modules: [{ id: '/work/app/src/x/y.ts', weight: 9 }] },
    ];
    const loaded = new Map([
      ['/assets/index.js', 1000],
      ['/assets/page.js', 200],
      ['/assets/index.css', 70],
    ]);
    expect(attributeGzipBytes(chunks, loaded, root)).toEqual([
      { module: 'react-dom', estimatedGzipBytes: 750 },
      { module: 'src/app', estimatedGzipBytes: 450 },
      { module: 'assets/index.css', estimatedGzipBytes: 70 },
    ]);
  });
});
